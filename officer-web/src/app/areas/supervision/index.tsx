// The supervision area (its screens are being built: see issue 32).
import { Heading } from "../../components";
import { useConsole } from "../../context";
import type { Area } from "../area";

function Home() {
  const { t } = useConsole();
  return <Heading>{t("area.supervision")}</Heading>;
}

export const supervision: Area = {
  id: "supervision",
  roles: ["supervisor"],
  nav: [{ screen: "home", label: "area.supervision" }],
  render: () => <Home />,
};
