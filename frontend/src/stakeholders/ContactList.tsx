import { useTranslation } from "react-i18next";

const PARTS = ["email", "phone", "whatsapp", "address"] as const;

type Details = Record<(typeof PARTS)[number], string | null>;

/** The given contact details, one per line, or a dash when there are none. */
export function ContactList({ contact }: { contact: Details | null }) {
  const { t } = useTranslation("stakeholders");
  const given = PARTS.filter((part) => contact?.[part]);
  if (given.length === 0) return <>—</>;
  return (
    <>
      {given.map((part) => (
        <div key={part}>
          <span className="muted">{t(`fields.${part}`)}:</span> {contact?.[part]}
        </div>
      ))}
    </>
  );
}
