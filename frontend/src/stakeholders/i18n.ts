import { namespace } from "../i18n/dictionary";

export const stakeholders = namespace(
  {
    title: "stakeholders",
  },
  {
    title: "stakeholders",
  },
);
