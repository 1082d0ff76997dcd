// The console's areas, in the order the navigation lists them. An officer sees the areas of their
// roles only (a supervisor also works in intake's queue and reads cases; the APIs decide the rest).
import type { Officer } from "../officer";
import type { Area } from "./area";
import { audit } from "./audit";
import { intake } from "./intake";
import { investigation } from "./investigation";
import { operations } from "./operations";
import { prosecution } from "./prosecution";
import { supervision } from "./supervision";

export const AREAS: readonly Area[] = [intake, investigation, supervision, prosecution, audit, operations];

/** The areas the officer's roles open. */
export function areasOf(officer: Officer): Area[] {
  return AREAS.filter((area) => area.roles.some((role) => officer.roles.includes(role)));
}
