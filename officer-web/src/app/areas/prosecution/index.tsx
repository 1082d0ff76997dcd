// The prosecution area (its screens are being built: see issue 32).
import { Heading } from "../../components";
import { useConsole } from "../../context";
import type { Area } from "../area";

function Home() {
  const { t } = useConsole();
  return <Heading>{t("area.prosecution")}</Heading>;
}

export const prosecution: Area = {
  id: "prosecution",
  roles: ["prosecutor"],
  nav: [{ screen: "home", label: "area.prosecution" }],
  render: () => <Home />,
};
