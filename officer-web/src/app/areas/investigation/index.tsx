// The investigation area (its screens are being built: see issue 32).
import { Heading } from "../../components";
import { useConsole } from "../../context";
import type { Area } from "../area";

function Home() {
  const { t } = useConsole();
  return <Heading>{t("area.investigation")}</Heading>;
}

export const investigation: Area = {
  id: "investigation",
  roles: ["investigator","supervisor"],
  nav: [{ screen: "home", label: "area.investigation" }],
  render: () => <Home />,
};
