import { useTranslation } from "react-i18next";

import { useGraphQL } from "../api/hooks";
import { RegionPicker } from "../regions/RegionPicker";
import { RegionNameQuery } from "./operations";

/** Filter a list by a region and everything below it; the URL holds the region's code. */
export function RegionFilter({
  code,
  onChange,
}: {
  code: string | undefined;
  onChange: (code: string | null) => void;
}) {
  const { t } = useTranslation("events");
  const named = useGraphQL(RegionNameQuery, { code: code ?? "" }, { enabled: Boolean(code) });
  const region = named.data?.region;
  return (
    <div className="filter region-filter">
      <RegionPicker
        label={t("filters.region")}
        value={code ? { id: region?.id ?? code, code, name: region?.name ?? "" } : null}
        onChange={(picked) => onChange(picked?.code ?? null)}
      />
    </div>
  );
}
