import { namespace } from "../i18n/dictionary";

export const events = namespace(
  {
    title: "events",
  },
  {
    title: "events",
  },
);
