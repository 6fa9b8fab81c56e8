import "i18next";

import type { namespaces } from "./index";

type Resources = { [K in keyof typeof namespaces]: (typeof namespaces)[K]["id"] };

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    resources: Resources;
  }
}
