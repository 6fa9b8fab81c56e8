import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";

import { request } from "../api/client";
import { useGraphQL } from "../api/hooks";
import { toOutcome } from "../api/mutations";
import { RegionPicker } from "../regions/RegionPicker";
import { SelectField, TextField } from "../ui/fields";
import { FormFrame } from "../ui/FormFrame";
import { RecordState } from "../ui/states";
import { NEW_RECORD, type RecordEditorProps, useRecordForm } from "../ui/useRecordForm";
import { officeZoneName } from "./eventDates";
import {
  createEventInput,
  EMPTY_EVENT,
  type EventValues,
  eventValues,
  missingRequired,
  updateEventInput,
} from "./eventInput";
import {
  CreateEventMutation,
  DATE_PRECISIONS,
  EVENT_KINDS,
  EVENT_STATUSES,
  EventDetailQuery,
  UpdateEventMutation,
} from "./operations";
import { ParticipationsEditor } from "./ParticipationsEditor";
import { SpeakersEditor } from "./SpeakersEditor";
import "./events.css";

export function EventCreate() {
  const { t } = useTranslation("events");
  return (
    <div className="page">
      <h1>{t("new")}</h1>
      <EventEditor {...NEW_RECORD} initial={EMPTY_EVENT} cancelTo="/events" />
    </div>
  );
}

/** The event's own fields, then who is involved: each speaker and stakeholder saves on its own. */
export function EventEdit() {
  const { t } = useTranslation("events");
  const { slug = "" } = useParams();
  const [params] = useSearchParams();
  const query = useGraphQL(EventDetailQuery, { slug });
  return (
    <div className="page">
      <RecordState query={query} record={(data) => data.event}>
        {(event) => (
          <>
            <h1>{t("editTitle", { name: event.title })}</h1>
            {params.has("created") && (
              <p className="notice notice-success" role="status">
                {t("created")}
              </p>
            )}
            <EventEditor
              id={event.id}
              version={event.version}
              initial={eventValues(event)}
              onReload={() => query.refetch()}
              cancelTo={`/events/${event.slug}`}
            />
            <div className="event-involvement">
              <h2 className="event-involvement-title">{t("involvement")}</h2>
              <SpeakersEditor
                eventId={event.id}
                speakers={event.speakers.edges.map((edge) => edge.node)}
              />
              <ParticipationsEditor
                eventId={event.id}
                participations={event.participations.edges.map((edge) => edge.node)}
              />
            </div>
            <p>
              <Link className="button" to={`/events/${event.slug}`}>
                {t("done")}
              </Link>
            </p>
          </>
        )}
      </RecordState>
    </div>
  );
}

function EventEditor({
  id,
  version,
  initial,
  onReload,
  cancelTo,
}: RecordEditorProps<EventValues> & { cancelTo: string }) {
  const { t, i18n } = useTranslation("events");
  const navigate = useNavigate();
  // The query hands over a new object on every render; the form's base changes with the version.
  const base = useMemo(() => initial, [version]);
  const form = useRecordForm<EventValues, { slug: string }>({
    initial: base,
    version,
    draftKey: id ? `Event:${id}` : "new:Event",
    save: async (values, currentVersion) => {
      if (id === null || currentVersion === null) {
        const { kind } = values;
        const missing = missingRequired(values);
        if (kind === null || missing.length > 0) {
          const fields = missing.map((field) => [field, t("required")]);
          return { kind: "invalid", message: "", fields: Object.fromEntries(fields) };
        }
        const { createEvent } = await request(CreateEventMutation, {
          input: createEventInput({ ...values, kind }),
        });
        return toOutcome(createEvent, "Event");
      }
      const { updateEvent } = await request(UpdateEventMutation, {
        input: updateEventInput(id, currentVersion, values, base),
      });
      return toOutcome(updateEvent, "Event");
    },
    onSaved: (event) =>
      navigate(id === null ? `/events/${event.slug}/edit?created=1` : `/events/${event.slug}`),
  });
  const zone = officeZoneName(i18n.language);
  const labels: Record<keyof EventValues, string> = {
    title: t("fields.title"),
    slug: t("fields.slug"),
    kind: t("fields.kind"),
    status: t("fields.status"),
    startsAt: t("fields.startsAt", { zone }),
    endsAt: t("fields.endsAt", { zone }),
    datePrecision: t("fields.datePrecision"),
    venue: t("fields.venue"),
    region: t("fields.region"),
    description: t("fields.description"),
  };
  const { values, errors, set } = form;
  return (
    <FormFrame form={form} labels={labels} onReload={onReload} cancelTo={cancelTo}>
      <div className="field-wide">
        <TextField
          label={labels.title}
          required
          value={values.title}
          error={errors.title}
          onChange={(value) => set("title", value)}
        />
      </div>
      <SelectField
        label={labels.kind}
        required
        value={values.kind}
        error={errors.kind}
        options={EVENT_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
        onChange={(value) => set("kind", value as EventValues["kind"])}
      />
      <SelectField
        label={labels.status}
        value={values.status}
        error={errors.status}
        options={EVENT_STATUSES.map((status) => ({ value: status, label: t(`statuses.${status}`) }))}
        onChange={(value) => set("status", (value ?? "PLANNED") as EventValues["status"])}
      />
      <TextField
        label={labels.startsAt}
        type="datetime-local"
        value={values.startsAt}
        error={errors.startsAt}
        onChange={(value) => set("startsAt", value)}
      />
      <TextField
        label={labels.endsAt}
        type="datetime-local"
        value={values.endsAt}
        error={errors.endsAt}
        onChange={(value) => set("endsAt", value)}
      />
      <SelectField
        label={labels.datePrecision}
        hint={t("fields.datePrecisionHint")}
        value={values.datePrecision}
        error={errors.datePrecision}
        options={DATE_PRECISIONS.map((precision) => ({
          value: precision,
          label: t(`precisions.${precision}`),
        }))}
        onChange={(value) =>
          set("datePrecision", (value ?? "EXACT") as EventValues["datePrecision"])
        }
      />
      <TextField
        label={labels.venue}
        value={values.venue}
        error={errors.venue}
        onChange={(value) => set("venue", value)}
      />
      <RegionPicker
        label={labels.region}
        hint={t("fields.regionHint")}
        value={values.region}
        error={errors.regionId}
        onChange={(value) => set("region", value)}
      />
      <TextField
        label={labels.slug}
        hint={t("fields.slugHint")}
        value={values.slug}
        error={errors.slug}
        onChange={(value) => set("slug", value)}
      />
      <div className="field-wide">
        <TextField
          label={labels.description}
          multiline
          value={values.description}
          error={errors.description}
          onChange={(value) => set("description", value)}
        />
      </div>
    </FormFrame>
  );
}
