// The audit area (its screens are being built: see issue 32).
import { Heading } from "../../components";
import { useConsole } from "../../context";
import type { Area } from "../area";

function Home() {
  const { t } = useConsole();
  return <Heading>{t("area.audit")}</Heading>;
}

export const audit: Area = {
  id: "audit",
  roles: ["auditor"],
  nav: [{ screen: "home", label: "area.audit" }],
  render: () => <Home />,
};
