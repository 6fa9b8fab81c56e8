import { useId } from "react";
import { useTranslation } from "react-i18next";

import type { Channel } from "./formValues";

/** Media channels as rows of kind and value, added and removed one at a time. */
export function MediaChannelsField({
  value,
  onChange,
  error,
}: {
  value: readonly Channel[];
  onChange: (value: Channel[]) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation("stakeholders");
  const id = useId();
  const change = (index: number, patch: Partial<Channel>) =>
    onChange(value.map((channel, i) => (i === index ? { ...channel, ...patch } : channel)));
  return (
    <fieldset className="fieldset field-wide" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{t("fields.mediaChannels")}</legend>
      <datalist id={`${id}-kinds`}>
        {["website", "instagram", "facebook", "youtube", "tiktok", "x", "radio", "buletin"].map(
          (kind) => (
            <option key={kind} value={kind} />
          ),
        )}
      </datalist>
      <div className="channel-rows">
        {value.map((channel, index) => (
          <div className="channel-row" key={index}>
            <div className="field">
              <label htmlFor={`${id}-kind-${index}`}>
                {t("fields.channelKind")} {index + 1}
              </label>
              <input
                id={`${id}-kind-${index}`}
                list={`${id}-kinds`}
                value={channel.kind}
                onChange={(e) => change(index, { kind: e.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-value-${index}`}>
                {t("fields.channelValue")} {index + 1}
              </label>
              <input
                id={`${id}-value-${index}`}
                value={channel.value}
                onChange={(e) => change(index, { value: e.target.value })}
              />
            </div>
            <button
              type="button"
              className="button button-small"
              onClick={() => onChange(value.filter((_, i) => i !== index))}
            >
              <span aria-hidden="true">✕</span>
              <span className="visually-hidden">
                {t("fields.removeChannel", { index: index + 1 })}
              </span>
            </button>
          </div>
        ))}
      </div>
      <button
        type="button"
        className="button button-small"
        onClick={() => onChange([...value, { kind: "", value: "" }])}
      >
        {t("fields.addChannel")}
      </button>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
