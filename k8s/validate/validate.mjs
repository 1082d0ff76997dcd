// Validates rendered Kubernetes objects (a multi-document YAML file, `kubectl kustomize` output)
// against the API schemas of kubernetes-models and the CRD schemas of CloudNativePG, the
// Prometheus operator, the Gateway API, Envoy Gateway and External Secrets (MODELS), offline; the Keycloak operator's kinds, whose CRDs no registry here serves,
// against the schemas in schemas/ (the fields k8s/ uses, nothing else allowed). Prints one line per
// object; exits 1 if any is invalid or of a kind it has no schema for.
// Usage: node validate.mjs rendered.yaml
import { existsSync, readFileSync } from "node:fs";
import yaml from "js-yaml";
import Ajv from "ajv";

const ajv = new Ajv({ allErrors: true });
/** The validator of a kind from schemas/, or null when there is none. */
function localSchema(group, version, kind) {
  const file = new URL(`schemas/${group}-${version}-${kind}.json`, import.meta.url);
  if (!existsSync(file)) return null;
  return ajv.compile(JSON.parse(readFileSync(file, "utf8")));
}

/** The packages holding the models of API groups other than Kubernetes' own (package.json pins them). */
const MODELS = {
  "postgresql.cnpg.io": "@kubernetes-models/cloudnative-pg",
  "monitoring.coreos.com": "@kubernetes-models/prometheus-operator",
  "gateway.networking.k8s.io": "@kubernetes-models/gateway-api",
  "gateway.envoyproxy.io": "@kubernetes-models/envoy-gateway",
  "external-secrets.io": "@kubernetes-models/external-secrets",
};

/** The package holding an API group's models. */
function modelsOf(group) {
  return MODELS[group] ?? "kubernetes-models";
}

const file = process.argv[2];
const objects = yaml.loadAll(readFileSync(file, "utf8")).filter((o) => o);
let invalid = 0;
for (const object of objects) {
  const [group, version] = object.apiVersion.includes("/") ? object.apiVersion.split("/") : [null, object.apiVersion];
  const where = `${object.kind} ${object.metadata?.namespace ?? ""}/${object.metadata?.name}`;
  const local = group ? localSchema(group, version, object.kind) : null;
  if (local) {
    if (local(object)) {
      console.log(`valid     ${where}`);
    } else {
      console.log(`INVALID   ${where}: ${ajv.errorsText(local.errors)}`);
      invalid++;
    }
    continue;
  }
  const path = `${modelsOf(group)}/${group ? `${group}/` : ""}${version}/${object.kind}`;
  let Model;
  try {
    Model = (await import(path))[object.kind];
  } catch (e) {
    console.log(`NO SCHEMA ${where} (${object.apiVersion})`);
    invalid++;
    continue;
  }
  try {
    new Model(object).validate();
    console.log(`valid     ${where}`);
  } catch (e) {
    console.log(`INVALID   ${where}: ${e.message}`);
    invalid++;
  }
}
console.log(`${objects.length} objects, ${invalid} invalid`);
process.exit(invalid === 0 ? 0 : 1);
