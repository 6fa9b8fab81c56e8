import { namespace } from "../i18n/dictionary";

export const dashboard = namespace(
  {
    title: "dashboard",
  },
  {
    title: "dashboard",
  },
);
