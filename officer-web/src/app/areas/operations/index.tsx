// The operations area (its screens are being built: see issue 32).
import { Heading } from "../../components";
import { useConsole } from "../../context";
import type { Area } from "../area";

function Home() {
  const { t } = useConsole();
  return <Heading>{t("area.operations")}</Heading>;
}

export const operations: Area = {
  id: "operations",
  roles: ["admin"],
  nav: [{ screen: "home", label: "area.operations" }],
  render: () => <Home />,
};
