import type { ResultOf } from "../graphql";
import type { MentionData, MentionKind, MentionTarget } from "./operations";

type TargetData = ResultOf<typeof MentionTarget>;

/** Something an article can mention, as the screens show and link it. */
export interface Entity {
  kind: MentionKind;
  id: string;
  label: string;
  /** The entity's screen in this app. */
  href: string;
}

/** The order mention kinds are listed in: organisations first, as the newsroom reads them. */
export const MENTION_KINDS: readonly MentionKind[] = [
  "STAKEHOLDER",
  "PERSON",
  "REGION",
  "EVENT",
  "REGULATION",
];

export function entityOf(target: TargetData | null): Entity | null {
  switch (target?.__typename) {
    case "Stakeholder":
      return { kind: "STAKEHOLDER", id: target.id, label: target.name, href: `/stakeholders/${target.slug}` };
    case "Person":
      return { kind: "PERSON", id: target.id, label: target.displayName, href: `/people/${target.slug}` };
    case "Region":
      return { kind: "REGION", id: target.id, label: target.name, href: `/regions/${target.code}` };
    case "Event":
      return { kind: "EVENT", id: target.id, label: target.title, href: `/events/${target.slug}` };
    case "Regulation":
      return { kind: "REGULATION", id: target.id, label: target.citation, href: `/regulations/${target.slug}` };
    default:
      return null;
  }
}

export interface MentionItem {
  mention: MentionData;
  /** Null when the entity is no longer visible (deleted). */
  entity: Entity | null;
}

/** Mentions by kind, in MENTION_KINDS order, each group sorted by name; empty kinds left out. */
export function groupMentions(
  mentions: readonly MentionData[],
): { kind: MentionKind; items: MentionItem[] }[] {
  return MENTION_KINDS.map((kind) => ({
    kind,
    items: mentions
      .filter((mention) => mention.targetType === kind)
      .map((mention) => ({ mention, entity: entityOf(mention.target) }))
      .sort((a, b) => (a.entity?.label ?? "").localeCompare(b.entity?.label ?? "", "id")),
  })).filter((group) => group.items.length > 0);
}

/** The ids of the entities already mentioned, so the picker can mark them. */
export function mentionedIds(mentions: readonly MentionData[]): Set<string> {
  const ids = new Set<string>();
  for (const mention of mentions) {
    const entity = entityOf(mention.target);
    if (entity) ids.add(entity.id);
  }
  return ids;
}

const EVIDENCE_MAX = 5000;
const BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, td, th";

/**
 * The first sentence of the body that names the entity (by any of its names), to keep as the
 * mention's evidence; empty when the body does not name it (yet).
 */
export function evidenceFor(bodyHtml: string, names: readonly string[]): string {
  const wanted = names.map((name) => name.trim().toLocaleLowerCase("id")).filter(Boolean);
  if (wanted.length === 0 || !bodyHtml) return "";
  const doc = new DOMParser().parseFromString(bodyHtml, "text/html");
  const blocks = [...doc.body.querySelectorAll(BLOCKS)].filter(
    (block) => !block.querySelector(BLOCKS),
  );
  const texts = blocks.length > 0 ? blocks.map((block) => block.textContent ?? "") : [doc.body.textContent ?? ""];
  for (const text of texts) {
    for (const sentence of text.split(/(?<=[.!?])\s+/)) {
      const lower = sentence.toLocaleLowerCase("id");
      if (wanted.some((name) => lower.includes(name))) {
        return sentence.trim().slice(0, EVIDENCE_MAX);
      }
    }
  }
  return "";
}

/**
 * The body with the first naming of each mentioned entity made a link to its screen, as readers
 * would follow it. Text already inside a link is left alone; `base` is the app's URL prefix.
 */
export function linkMentions(bodyHtml: string, entities: readonly Entity[], base: string): string {
  if (!bodyHtml || entities.length === 0) return bodyHtml;
  const doc = new DOMParser().parseFromString(bodyHtml, "text/html");
  // Longer names first, so "KIM Sepakat Jaya" is linked before "KIM Sepakat".
  const pending = [...entities].filter((entity) => entity.label).sort((a, b) => b.label.length - a.label.length);
  for (const entity of pending) {
    const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
    const needle = entity.label.toLocaleLowerCase("id");
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      const at = text.toLocaleLowerCase("id").indexOf(needle);
      if (at < 0 || node.parentElement?.closest("a")) continue;
      const named = (node as Text).splitText(at);
      named.splitText(entity.label.length);
      const link = doc.createElement("a");
      link.href = `${base}${entity.href}`;
      link.className = "mention-link";
      link.dataset.to = entity.href;
      named.replaceWith(link);
      link.append(named);
      break;
    }
  }
  return doc.body.innerHTML;
}
