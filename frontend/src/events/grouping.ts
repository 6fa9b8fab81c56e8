import type { ParticipationData, ParticipationRole, SpeakerData, SpeakerMode } from "./operations";
import { PARTICIPATION_ROLES, SPEAKER_MODES } from "./operations";

export interface Group<K extends string, T> {
  key: K;
  items: T[];
}

/** Items in groups, the groups in the given order, items in their original order. */
export function groupInOrder<K extends string, T>(
  items: readonly T[],
  keyOf: (item: T) => K,
  order: readonly K[],
  keepEmpty = false,
): Group<K, T>[] {
  const groups = new Map<K, T[]>(order.map((key) => [key, []]));
  for (const item of items) groups.get(keyOf(item))?.push(item);
  return order
    .map((key) => ({ key, items: groups.get(key) ?? [] }))
    .filter((group) => keepEmpty || group.items.length > 0);
}

/** Speakers by how they took part: in person first, then online, then by video. */
export function speakersByMode(
  speakers: readonly SpeakerData[],
): Group<SpeakerMode, SpeakerData>[] {
  return groupInOrder(speakers, (speaker) => speaker.mode, SPEAKER_MODES);
}

/** Organisers and participants, both always present (either may be empty). */
export function participationsByRole(
  participations: readonly ParticipationData[],
): Record<ParticipationRole, ParticipationData[]> {
  const groups = groupInOrder(participations, (item) => item.role, PARTICIPATION_ROLES, true);
  return {
    ORGANISER: groups.find((group) => group.key === "ORGANISER")?.items ?? [],
    PARTICIPANT: groups.find((group) => group.key === "PARTICIPANT")?.items ?? [],
  };
}
