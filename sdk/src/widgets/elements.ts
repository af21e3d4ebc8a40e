/**
 * The `sightline-*` elements as the entry registers them: their attributes at once (so
 * `el.context = ...` works before anything else has loaded), each widget's code and CSS as a
 * chunk of its own, fetched when the first element of that kind connects.
 */
import type { GoalLevel } from '../model';
import { count, defineElement, json, oneOf, text } from './define-element';
import { PLACEHOLDER_SIZES, type PlaceholderTag } from './placeholder-sizes';

/** A Record, so the compiler notices a level the model adds (the model's enum would bring zod into the entry). */
const GOAL_LEVELS = Object.keys({ org: true, team: true, person: true } satisfies Record<GoalLevel, true>) as GoalLevel[];

export const goalsAttributes = { level: oneOf(GOAL_LEVELS), team: text, owner: text, scope: oneOf(['me', 'all'] as const), cycle: text };
export const kpiAttributes = { metric: text };
export const feedbackAttributes = { subject: text, goal: text, context: json };
export const checkInAttributes = { week: text };
export const syncStatusAttributes = {};
export const requestsAttributes = {};
/** At most the feedback query's default page: a feed is a glance, the console has the history. */
export const feedbackFeedAttributes = { person: text, kind: oneOf(['received', 'recognition'] as const), limit: count(50) };

/** The placeholder's height before an element has shown content at its width (placeholder-sizes.ts). */
const placeholderHeight = (tag: PlaceholderTag) => `${PLACEHOLDER_SIZES[tag].heightEm}em`;

export const defineGoals = () =>
  defineElement('sightline-goals', { attributes: goalsAttributes, placeholderHeight: placeholderHeight('sightline-goals'), load: () => import('./goals').then((m) => m.widget) });
export const defineKpi = () =>
  defineElement('sightline-kpi', { attributes: kpiAttributes, placeholderHeight: placeholderHeight('sightline-kpi'), load: () => import('./kpi').then((m) => m.widget) });
export const defineFeedback = () =>
  defineElement('sightline-feedback', {
    attributes: feedbackAttributes,
    placeholderHeight: placeholderHeight('sightline-feedback'),
    load: () => import('./feedback').then((m) => m.widget),
  });
export const defineCheckIn = () =>
  defineElement('sightline-checkin', { attributes: checkInAttributes, placeholderHeight: placeholderHeight('sightline-checkin'), load: () => import('./checkin').then((m) => m.widget) });
export const defineSyncStatus = () =>
  defineElement('sightline-sync-status', {
    attributes: syncStatusAttributes,
    placeholderHeight: placeholderHeight('sightline-sync-status'),
    load: () => import('./sync-status').then((m) => m.widget),
  });
export const defineRequests = () =>
  defineElement('sightline-requests', { attributes: requestsAttributes, placeholderHeight: placeholderHeight('sightline-requests'), load: () => import('./requests').then((m) => m.widget) });
export const defineFeedbackFeed = () =>
  defineElement('sightline-feedback-feed', {
    attributes: feedbackFeedAttributes,
    placeholderHeight: placeholderHeight('sightline-feedback-feed'),
    load: () => import('./feedback-feed').then((m) => m.widget),
  });
