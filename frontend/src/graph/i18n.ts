import { namespace } from "../i18n/dictionary";

export const graph = namespace(
  {
    title: "graph",
  },
  {
    title: "graph",
  },
);
