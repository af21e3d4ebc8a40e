/**
 * How big a generated org is. The target org (#12) is 100,000 people in teams of about
 * 8 with 500,000 goals, 5,000,000 check-ins and 2,000,000 feedback items; `scaledTo` keeps
 * those ratios for a smaller head count, so a 2-core machine can run the same shape.
 */
export interface LargeOrgSize {
  people: number;
  teamSize: number;
  goalsPerPerson: number;
  checkInsPerPerson: number;
  feedbackPerPerson: number;
}

export const TARGET_SIZE: LargeOrgSize = { people: 100_000, teamSize: 8, goalsPerPerson: 5, checkInsPerPerson: 50, feedbackPerPerson: 20 };

export const scaledTo = (people: number): LargeOrgSize => ({ ...TARGET_SIZE, people });

/** `--people N` on the command line, else SIGHTLINE_BENCH_PEOPLE, else `fallback`. */
export function peopleFromArgs(argv: readonly string[], env: NodeJS.ProcessEnv, fallback: number): number {
  const flag = argv.indexOf('--people');
  const text = flag >= 0 ? argv[flag + 1] : env.SIGHTLINE_BENCH_PEOPLE;
  const people = text === undefined ? fallback : Number(text);
  if (!Number.isInteger(people) || people < 16) throw new Error(`--people must be a whole number of at least 16, not ${text}`);
  return people;
}
