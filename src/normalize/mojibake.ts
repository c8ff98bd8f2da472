// Mojibake repair (SPEC §1 "Text"; issue "Text repair"). Placeholder until the repair lands:
// returns the text unchanged.
export interface Repair {
  text: string;
  warnings: string[];
}

export function repairMojibake(text: string): Repair {
  return { text, warnings: [] };
}
