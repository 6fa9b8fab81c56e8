import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

import { request } from "../api/client";
import { toOutcome } from "../api/mutations";
import { type PickedPerson, PersonPicker } from "../people/PersonPicker";
import { SelectField, TextField } from "../ui/fields";
import { RowButtons, RowNoticeText, useRowMutation } from "../ui/rows";
import {
  CreateEventSpeakerMutation,
  DeleteEventSpeakerMutation,
  SPEAKER_MODES,
  type SpeakerData,
  type SpeakerMode,
  UpdateEventSpeakerMutation,
} from "./operations";

const SHOWN = ["personId", "mode", "topic"] as const;

/** The event's speakers, each changed or removed on its own, and a row to add one. */
export function SpeakersEditor({
  eventId,
  speakers,
}: {
  eventId: string;
  speakers: readonly SpeakerData[];
}) {
  const { t } = useTranslation("events");
  return (
    <section className="card" aria-labelledby="speakers-edit-title">
      <h3 id="speakers-edit-title">
        {t("speakers.title")} ({speakers.length})
      </h3>
      {speakers.length === 0 ? (
        <p className="muted">{t("speakers.none")}</p>
      ) : (
        <ul className="plain-list">
          {speakers.map((speaker) => (
            <li key={speaker.id}>
              <SpeakerRow speaker={speaker} />
            </li>
          ))}
        </ul>
      )}
      <AddSpeaker eventId={eventId} taken={speakers.map((speaker) => speaker.person?.id ?? "")} />
    </section>
  );
}

function ModeField({
  value,
  error,
  onChange,
}: {
  value: SpeakerMode;
  error: string | undefined;
  onChange: (mode: SpeakerMode) => void;
}) {
  const { t } = useTranslation("events");
  return (
    <SelectField
      label={t("speakers.mode")}
      value={value}
      error={error}
      options={SPEAKER_MODES.map((mode) => ({ value: mode, label: t(`modes.${mode}`) }))}
      onChange={(mode) => onChange((mode ?? "IN_PERSON") as SpeakerMode)}
    />
  );
}

function TopicField({
  value,
  error,
  onChange,
}: {
  value: string;
  error: string | undefined;
  onChange: (topic: string) => void;
}) {
  const { t } = useTranslation("events");
  return <TextField label={t("speakers.topic")} value={value} error={error} onChange={onChange} />;
}

function SpeakerRow({ speaker }: { speaker: SpeakerData }) {
  const { t } = useTranslation("events");
  const [mode, setMode] = useState(speaker.mode);
  const [topic, setTopic] = useState(speaker.topic);
  const row = useRowMutation(SHOWN);
  // A newer version from the server (after a save or a conflict) replaces what the row shows.
  useEffect(() => {
    setMode(speaker.mode);
    setTopic(speaker.topic);
  }, [speaker.version, speaker.mode, speaker.topic]);
  const name = speaker.person?.displayName ?? "—";
  const changed = mode !== speaker.mode || topic !== speaker.topic;

  const save = (event: FormEvent) => {
    event.preventDefault();
    void row.run(async () => {
      const { updateEventSpeaker } = await request(UpdateEventSpeakerMutation, {
        input: {
          id: speaker.id,
          version: speaker.version,
          ...(mode !== speaker.mode && { mode }),
          ...(topic !== speaker.topic && { topic }),
        },
      });
      return toOutcome(updateEventSpeaker, "EventSpeaker");
    }, t("rows.saved"));
  };
  const remove = () =>
    void row.run(async () => {
      const { deleteEventSpeaker } = await request(DeleteEventSpeakerMutation, {
        input: { id: speaker.id, version: speaker.version },
      });
      return toOutcome(deleteEventSpeaker, "EventSpeaker");
    }, t("rows.removed"));

  return (
    <form onSubmit={save} noValidate>
      <fieldset className="sub-row">
        <legend>
          {name}
          {speaker.person?.position && <span className="muted"> · {speaker.person.position}</span>}
        </legend>
        <ModeField value={mode} error={row.errors.mode} onChange={setMode} />
        <TopicField value={topic} error={row.errors.topic} onChange={setTopic} />
        <RowButtons name={name} changed={changed} busy={row.busy} onRemove={remove} />
        <RowNoticeText notice={row.notice} />
      </fieldset>
    </form>
  );
}

function AddSpeaker({ eventId, taken }: { eventId: string; taken: readonly string[] }) {
  const { t } = useTranslation("events");
  const [person, setPerson] = useState<PickedPerson | null>(null);
  const [mode, setMode] = useState<SpeakerMode>("IN_PERSON");
  const [topic, setTopic] = useState("");
  const row = useRowMutation(SHOWN);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!person) return row.fail("personId", t("rows.pickFirst"));
    if (taken.includes(person.id)) return row.fail("personId", t("speakers.already"));
    const added = await row.run(async () => {
      const { createEventSpeaker } = await request(CreateEventSpeakerMutation, {
        input: { eventId, personId: person.id, mode, topic },
      });
      return toOutcome(createEventSpeaker, "EventSpeaker");
    }, t("rows.added", { name: person.name }));
    if (added) {
      setPerson(null);
      setMode("IN_PERSON");
      setTopic("");
    }
  };

  return (
    <form onSubmit={(event) => void add(event)} noValidate>
      <fieldset className="sub-row sub-row-new">
        <legend>{t("speakers.add")}</legend>
        <PersonPicker
          label={t("speakers.person")}
          hint={t("speakers.personHint")}
          value={person}
          error={row.errors.personId}
          onChange={setPerson}
        />
        <ModeField value={mode} error={row.errors.mode} onChange={setMode} />
        <TopicField value={topic} error={row.errors.topic} onChange={setTopic} />
        <div className="actions sub-row-actions">
          <button type="submit" className="button button-primary" disabled={row.busy}>
            {t("speakers.add")}
          </button>
        </div>
        <RowNoticeText notice={row.notice} />
      </fieldset>
    </form>
  );
}
