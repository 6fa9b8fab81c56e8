import { namespace } from "../i18n/dictionary";

export const admin = namespace(
  {
    title: "admin",
  },
  {
    title: "admin",
  },
);
