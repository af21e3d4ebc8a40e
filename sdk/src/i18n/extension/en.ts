/**
 * The browser extension's words in English (its pages: side panel, record panel, capture
 * dialog). The extension picks the catalog of the browser's UI language (de.ts has exactly
 * these keys); the SDK elements it embeds follow the same language through the page's `lang`.
 */
export const en = {
  'common.loading': 'Loading…',
  'common.close': 'Close',

  'signedIn.prompt': 'Sign in to Sightline to see your goals, KPIs and feedback here.',
  'signedIn.openSettings': 'Open Sightline settings',
  'frame.refused': 'Sightline is not available here: {reason}.',
  'frame.noRecord': 'this frame has no record to show',

  'sidePanel.goals': 'My goals and KPIs',
  'sidePanel.checkIn': 'This week’s check-in',
  'sidePanel.giveFeedback': 'Give feedback',
  'sidePanel.feedback': 'Feedback',
  'sidePanel.whichFeedback': 'Which feedback to show',
  'sidePanel.received': 'Received',
  'sidePanel.given': 'Given',

  'feedbackList.loadFailed': 'Could not load feedback: {reason}',
  'feedbackList.loading': 'Loading feedback…',
  'feedbackList.noneReceived': 'No feedback received yet.',
  'feedbackList.noneGiven': 'You have not given feedback yet.',
  'feedbackList.from': '{kind} from {name}',
  'feedbackList.to': '{kind} to {name}',
  'feedbackList.colleague': 'a colleague',
  'feedbackList.pending': ' · not yet synced',
  'feedbackKind.praise': 'Praise',
  'feedbackKind.coaching': 'Coaching',
  'feedbackKind.observation': 'Observation',
  'feedbackKind.self': 'Self-reflection',

  'panel.label': 'Sightline for this {recordType}',
  'panel.hide': 'Hide Sightline on this page',
  'crm.loadFailed': 'Could not load your goals: {reason}',
  'crm.loading': 'Loading your KPIs…',
  'crm.kpis': 'Your KPIs',
  'crm.noKpis': 'You have no KPIs on your goals yet.',
  'crm.aligned.one': 'Aligned team goal',
  'crm.aligned.other': 'Aligned team goals',
  'ticketing.giveFeedback': 'Give feedback on this {recordType}',
  'ticketing.teamKpis': 'Team KPIs',
  'ticketing.noTeamKpis': 'Your team has no KPIs yet.',
  'ticketing.noTeam': 'You are not in a team yet.',
  'ticketing.development': 'Your development goals',
  'docs.loadFailed': 'Could not load teams: {reason}',
  'docs.loading': 'Loading goals…',
  'docs.teamGoals': 'Goals of {team}',
  'docs.companyGoals': 'Company goals',
  'docs.spaceOfTeam': 'The {space} space belongs to {team}.',
  'docs.noTeamForSpace': 'No team matches the {space} space.',

  'activity.log': 'Log activity',
  'activity.logging': 'Logging…',
  'activity.logged': 'Logged',
  'activity.logLabel': 'Log one {kpi} for this {recordType}',
  'activity.loggedLabel': '{kpi}: logged for this {recordType}',
  'activity.loggedStatus': '{kpi} logged',

  'capture.title': 'Give feedback',
  'capture.about': 'About your work on {record}',
} as const;

export type ExtensionMessageKey = keyof typeof en;
export type ExtensionCatalog = Record<ExtensionMessageKey, string>;
