import { AuditDataset, type AuditDatasetInput, validate } from "@shuangbaodao/core";
import { exampleRecords } from "../../../../examples/zhengzhou-2019-health-commission/exampleRecords";

/** The bundled example (150 members of four units of the health commission) as one audit dataset input. */
export function exampleDatasetInput(): AuditDatasetInput {
  const { dataset, unitDataset, visits } = exampleRecords();
  const { units: _units, ...unitProgramme } = unitDataset;
  return { ...dataset, ...unitProgramme, visits };
}

/** The same, validated by the core. */
export function exampleDataset(): AuditDataset {
  return validate(AuditDataset, exampleDatasetInput(), "example");
}

export const EXAMPLE_EDITION = "zhengzhou-2019-health-commission";
