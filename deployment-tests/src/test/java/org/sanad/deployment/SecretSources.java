package org.sanad.deployment;

import static org.sanad.deployment.KubernetesManifestsTest.name;
import static org.sanad.deployment.KubernetesManifestsTest.ofKind;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Where a rendered overlay's Secrets come from and who reads them, Secret by Secret and key by
 * key, each Secret named {@code <namespace>/<name>}: the keys the ExternalSecrets make, the Secrets
 * CloudNativePG makes, the keys the workloads and operators' resources read, and the Secrets
 * k8s/secrets.example.yaml shows.
 */
final class SecretSources {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private SecretSources() {
    }

    /**
     * A Secret an ExternalSecret or an operator makes: its type, the keys it makes by name, the
     * prefixes of the keys it makes from a whole path of the store (each property of
     * {@code dataFrom} renamed by a rewrite to begin with the prefix), and the user name its template
     * writes, if any.
     */
    record Made(String type, Set<String> keys, Set<String> prefixes, String username) {

        boolean makes(String key) {
            return keys.contains(key) || prefixes.stream().anyMatch(key::startsWith);
        }
    }

    /** A Secret of k8s/secrets.example.yaml: its type and its keys with their example values. */
    record Example(String type, Map<String, String> values) {
    }

    /** Every Secret the overlay's ExternalSecrets make, and the CA Secret of every CloudNativePG cluster. */
    static Map<String, Made> made(List<JsonNode> objects) {
        Map<String, Made> made = new TreeMap<>();
        for (JsonNode external : ofKind(objects, "ExternalSecret")) {
            JsonNode spec = external.path("spec");
            JsonNode template = spec.path("target").path("template");
            Set<String> keys = new TreeSet<>();
            spec.path("data").forEach(d -> keys.add(d.path("secretKey").asText()));
            // a template's data replaces what was fetched, unless it merges (ESO: mergePolicy Replace by default)
            if (!template.path("data").isEmpty() && !"Merge".equals(template.path("mergePolicy").asText())) {
                keys.clear();
            }
            template.path("data").fieldNames().forEachRemaining(keys::add);
            Set<String> prefixes = new TreeSet<>();
            for (JsonNode from : spec.path("dataFrom")) {
                // a path extracted whole makes only the keys its rewrite prefixes, never any name the store holds
                for (JsonNode rewrite : from.path("rewrite")) {
                    if ("^".equals(rewrite.path("regexp").path("source").asText())
                            && !rewrite.path("regexp").path("target").asText().isEmpty()) {
                        prefixes.add(rewrite.path("regexp").path("target").asText());
                    }
                }
            }
            String target = spec.path("target").path("name").asText(name(external));
            made.put(namespace(external) + "/" + target, new Made(template.path("type").asText("Opaque"), keys, prefixes,
                    template.path("data").path("username").asText(null)));
        }
        for (JsonNode cluster : ofKind(objects, "Cluster")) {
            made.put(namespace(cluster) + "/" + name(cluster) + "-ca",
                    new Made("Opaque", Set.of("ca.crt", "ca.key"), Set.of(), null));
        }
        return made;
    }

    /**
     * Every key of a Secret the overlay's objects read: the Deployments' and Jobs' containers
     * ({@code secretKeyRef}, {@code envFrom} whole, volumes), Keycloak's database and certificate,
     * the realm import's placeholders, and CloudNativePG's roles and object-store credentials. A
     * Secret read whole has the keys the example shows for it.
     */
    static Map<String, Set<String>> read(List<JsonNode> objects, Map<String, Example> examples) {
        Map<String, Set<String>> read = new TreeMap<>();
        for (JsonNode workload : workloads(objects)) {
            String namespace = namespace(workload);
            JsonNode pod = workload.path("spec").path("template").path("spec");
            List<JsonNode> containers = new ArrayList<>();
            pod.path("initContainers").forEach(containers::add);
            pod.path("containers").forEach(containers::add);
            for (JsonNode container : containers) {
                for (JsonNode variable : container.path("env")) {
                    JsonNode ref = variable.path("valueFrom").path("secretKeyRef");
                    if (!ref.isMissingNode()) {
                        add(read, namespace, ref.path("name").asText(), ref.path("key").asText());
                    }
                }
                for (JsonNode from : container.path("envFrom")) {
                    if (from.has("secretRef")) {
                        String secret = from.path("secretRef").path("name").asText();
                        Example example = examples.get(namespace + "/" + secret);
                        if (example == null) {
                            throw new AssertionError(name(workload) + " reads the whole Secret " + secret
                                    + ", which k8s/secrets.example.yaml does not show");
                        }
                        example.values().keySet().forEach(key -> add(read, namespace, secret, key));
                    }
                }
            }
            for (JsonNode volume : pod.path("volumes")) {
                JsonNode secret = volume.path("secret");
                if (!secret.isMissingNode()) {
                    secret.path("items").forEach(item -> add(read, namespace, secret.path("secretName").asText(),
                            item.path("key").asText()));
                }
            }
        }
        for (JsonNode keycloak : ofKind(objects, "Keycloak")) {
            String namespace = namespace(keycloak);
            JsonNode spec = keycloak.path("spec");
            for (String field : List.of("usernameSecret", "passwordSecret")) {
                JsonNode ref = spec.path("db").path(field);
                add(read, namespace, ref.path("name").asText(), ref.path("key").asText());
            }
            String tls = spec.path("http").path("tlsSecret").asText();
            add(read, namespace, tls, "tls.crt");
            add(read, namespace, tls, "tls.key");
        }
        for (JsonNode realmImport : ofKind(objects, "KeycloakRealmImport")) {
            for (JsonNode placeholder : realmImport.path("spec").path("placeholders")) {
                JsonNode ref = placeholder.path("secret");
                add(read, namespace(realmImport), ref.path("name").asText(), ref.path("key").asText());
            }
        }
        for (JsonNode cluster : ofKind(objects, "Cluster")) {
            String namespace = namespace(cluster);
            JsonNode owner = cluster.path("spec").path("bootstrap").path("initdb").path("secret");
            if (!owner.isMissingNode()) {
                add(read, namespace, owner.path("name").asText(), "username");
                add(read, namespace, owner.path("name").asText(), "password");
            }
            for (JsonNode role : cluster.path("spec").path("managed").path("roles")) {
                add(read, namespace, role.path("passwordSecret").path("name").asText(), "username");
                add(read, namespace, role.path("passwordSecret").path("name").asText(), "password");
            }
        }
        // the object store's credentials, wherever a resource names them (a Cluster's backup and
        // recovery sources, or an object store resource of its own)
        for (JsonNode object : objects) {
            for (JsonNode credentials : object.findValues("s3Credentials")) {
                for (JsonNode ref : credentials) {
                    if (ref.has("name") && ref.has("key")) {
                        add(read, namespace(object), ref.path("name").asText(), ref.path("key").asText());
                    }
                }
            }
        }
        return read;
    }

    /** The Secrets of k8s/secrets.example.yaml (their keys, not the commented ones). */
    static Map<String, Example> examples() throws IOException {
        Map<String, Example> examples = new TreeMap<>();
        Iterator<JsonNode> documents = YAML.readerFor(JsonNode.class)
                .readValues(Path.of("..", "k8s", "secrets.example.yaml").toFile());
        while (documents.hasNext()) {
            JsonNode document = documents.next();
            if (document == null || !"Secret".equals(document.path("kind").asText())) {
                continue;
            }
            Map<String, String> values = new TreeMap<>();
            for (String field : List.of("stringData", "data")) {
                document.path(field).properties().forEach(e -> values.put(e.getKey(), e.getValue().asText()));
            }
            examples.put(namespace(document) + "/" + name(document),
                    new Example(document.path("type").asText("Opaque"), values));
        }
        return examples;
    }

    private static List<JsonNode> workloads(List<JsonNode> objects) {
        List<JsonNode> workloads = new ArrayList<>(ofKind(objects, "Deployment"));
        workloads.addAll(ofKind(objects, "Job"));
        return workloads;
    }

    private static String namespace(JsonNode object) {
        return object.path("metadata").path("namespace").asText();
    }

    private static void add(Map<String, Set<String>> read, String namespace, String secret, String key) {
        read.computeIfAbsent(namespace + "/" + secret, s -> new TreeSet<>()).add(key);
    }
}
