// Validates rendered Kubernetes objects (a multi-document YAML file, `kubectl kustomize` output)
// against the API schemas of kubernetes-models and the CRD schemas of CloudNativePG, the
// Prometheus operator, the Gateway API, Envoy Gateway and External Secrets (MODELS), offline; the Keycloak operator's kinds, whose CRDs no registry here serves,
// against the schemas in schemas/ (the fields k8s/ uses, nothing else allowed); the Barman Cloud
// Plugin's ObjectStore against its CRD's published schema, schemas/barmancloud.cnpg.io-v1-ObjectStore.json
// (github.com/cloudnative-pg/plugin-barman-cloud, tag v0.14.0,
// config/crd/bases/barmancloud.cnpg.io_objectstores.yaml, without status). Prints one line per
// object; exits 1 if any is invalid or of a kind it has no schema for.
// Usage: node validate.mjs rendered.yaml
import { existsSync, readFileSync } from "node:fs";
import yaml from "js-yaml";
import Ajv from "ajv";

const ajv = new Ajv({ allErrors: true, strictTypes: false });
// a CRD's schema as published: the Kubernetes extensions are annotations here (CEL rules are the
// API server's to evaluate), int32 is the OpenAPI format of its integers, and a pattern beside
// x-kubernetes-int-or-string applies to the string (strictTypes off)
ajv.addVocabulary([
  "x-kubernetes-int-or-string",
  "x-kubernetes-list-map-keys",
  "x-kubernetes-list-type",
  "x-kubernetes-map-type",
  "x-kubernetes-validations",
]);
ajv.addFormat("int32", { type: "number", validate: (n) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 });
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
