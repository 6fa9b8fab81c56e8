import { namespace } from "../i18n/dictionary";

export const regulations = namespace(
  {
    title: "regulations",
  },
  {
    title: "regulations",
  },
);
