import { namespace } from "../i18n/dictionary";

export const articles = namespace(
  {
    title: "articles",
  },
  {
    title: "articles",
  },
);
