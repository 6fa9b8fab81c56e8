import { useTranslation } from "react-i18next";

import { EXPORTS, type ExplorerState, exportHref } from "./explorerState";

/** Downloads of the current network for Gephi and spreadsheets (the session cookie signs them). */
export function ExportLinks({ state }: { state: ExplorerState }) {
  const { t } = useTranslation("graph");
  return (
    <div className="graph-exports" role="group" aria-labelledby="graph-exports-title">
      <span id="graph-exports-title" className="graph-exports-title">
        {t("exports.title")}
      </span>
      {EXPORTS.map(({ key, file }) => (
        <a key={key} className="button button-small" href={exportHref(file, state)} download>
          {t(`exports.${key}`)}
        </a>
      ))}
    </div>
  );
}
