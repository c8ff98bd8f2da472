// The fixed region vocabulary of SPEC §1 "location.regions". schema.ts builds its enum from
// REGIONS, so a new region is one line here. Aliases map written forms to a region.
export const REGIONS = [
  "Worldwide",
  "Africa",
  "Americas",
  "APAC",
  "Asia",
  "EMEA",
  "Europe",
  "LATAM",
  "Middle East",
  "North America",
  "Oceania",
  "South America",
] as const;

export type Region = (typeof REGIONS)[number];
