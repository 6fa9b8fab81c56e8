import { request } from "../api/client";
import type { RecordStep } from "../stakeholders/DeleteRecord";
import { DeletePersonMutation, RestorePersonMutation } from "./operations";

export const deletePerson: RecordStep = async (input) => {
  const { deletePerson: result } = await request(DeletePersonMutation, { input });
  return result.__typename === "Person" ? { version: result.version } : result;
};

export const restorePerson: RecordStep = async (input) => {
  const { restorePerson: result } = await request(RestorePersonMutation, { input });
  return result.__typename === "Person" ? { version: result.version } : result;
};
