// An area of the console: the screens of one kind of work (intake, investigation, supervision,
// prosecution, audit, operations), shown only to the roles it names. Each area lives in its own
// folder with its own message files; areas/index.ts lists them.
import type { JSX } from "preact";
import type { MessageKey } from "../i18n";
import type { Role } from "../officer";
import type { Console, Route } from "../context";

export type AreaId = "intake" | "investigation" | "supervision" | "prosecution" | "audit" | "operations";

export interface Area {
  id: AreaId;
  /** The roles that see the area (the APIs decide what each may do in it). */
  roles: readonly Role[];
  /**
   * The area's entries in the console's navigation: a screen, its label, and what waits there when
   * the entry counts something (the unacknowledged alerts): its number, and whether there are more.
   */
  nav: readonly { screen: string; label: MessageKey; waiting?: (console: Console) => { count: number; more: boolean } | null }[];
  /** The screen a route names (the first nav entry's when it names none the area knows). */
  render(route: Route): JSX.Element;
}
