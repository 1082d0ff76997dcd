// The officer the console reads from an access token: the console's roles only, the governorate
// claim (a string or the list Keycloak's user-attribute mapper may send), a national officer (NATIONAL, or none).
import { test } from "node:test";
import assert from "node:assert/strict";
import { officerOf } from "../src/app/officer";

const token = (claims: Record<string, unknown>) =>
  `e30.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.signature`;

test("the subject, the console's roles among the realm's, the governorate and the name are the claims'", () => {
  const officer = officerOf(token({ sub: "5d1e", preferred_username: "officer.baghdad", name: "ضابط بغداد", governorate: "IQ-BG",
    realm_access: { roles: ["intake-officer", "offline_access", "default-roles-sanad"] } }));
  assert.deepEqual(officer, { subject: "5d1e", username: "officer.baghdad", name: "ضابط بغداد", roles: ["intake-officer"], governorate: "IQ-BG" });
});

test("a governorate sent as a list is read, and an officer without one is national", () => {
  assert.equal(officerOf(token({ sub: "x", governorate: ["IQ-BA"], realm_access: { roles: [] } })).governorate, "IQ-BA");
  const national = officerOf(token({ preferred_username: "supervisor.national", realm_access: { roles: ["supervisor"] } }));
  assert.equal(national.governorate, null);
  assert.equal(national.name, "supervisor.national");
});

test("an officer of a national unit, whose claim the realm sends as NATIONAL, serves no one governorate", () => {
  assert.equal(officerOf(token({ sub: "n", governorate: "NATIONAL", realm_access: { roles: ["supervisor"] } })).governorate, null);
  assert.equal(officerOf(token({ sub: "n", governorate: ["NATIONAL"], realm_access: { roles: ["supervisor"] } })).governorate, null);
});

test("a token without roles gives none, and what is not a JWT is refused", () => {
  assert.deepEqual(officerOf(token({ sub: "x" })).roles, []);
  assert.throws(() => officerOf("not-a-token"));
});
