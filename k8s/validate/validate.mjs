// Validates rendered Kubernetes objects (a multi-document YAML file, `kubectl kustomize` output)
// against the API schemas of kubernetes-models and the CRD schemas of CloudNativePG and the
// Prometheus operator, offline. Prints one line per object; exits 1 if any is invalid or of a
// kind it has no schema for.
// Usage: node validate.mjs rendered.yaml
import { readFileSync } from "node:fs";
import yaml from "js-yaml";

/** The package holding an API group's models. */
function modelsOf(group) {
  if (group === "postgresql.cnpg.io") return "@kubernetes-models/cloudnative-pg";
  if (group === "monitoring.coreos.com") return "@kubernetes-models/prometheus-operator";
  return "kubernetes-models";
}

const file = process.argv[2];
const objects = yaml.loadAll(readFileSync(file, "utf8")).filter((o) => o);
let invalid = 0;
for (const object of objects) {
  const [group, version] = object.apiVersion.includes("/") ? object.apiVersion.split("/") : [null, object.apiVersion];
  const where = `${object.kind} ${object.metadata?.namespace ?? ""}/${object.metadata?.name}`;
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
