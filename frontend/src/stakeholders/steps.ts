import { request } from "../api/client";
import type { RecordStep } from "./DeleteRecord";
import { DeleteStakeholderMutation, RestoreStakeholderMutation } from "./operations";

export const deleteStakeholder: RecordStep = async (input) => {
  const { deleteStakeholder: result } = await request(DeleteStakeholderMutation, { input });
  return result.__typename === "Stakeholder" ? { version: result.version } : result;
};

export const restoreStakeholder: RecordStep = async (input) => {
  const { restoreStakeholder: result } = await request(RestoreStakeholderMutation, { input });
  return result.__typename === "Stakeholder" ? { version: result.version } : result;
};
