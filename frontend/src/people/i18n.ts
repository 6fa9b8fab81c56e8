import { namespace } from "../i18n/dictionary";

export const people = namespace(
  {
    title: "people",
  },
  {
    title: "people",
  },
);
