/**
 * The `sightline-*` elements as the entry registers them: their attributes at once (so
 * `el.context = ...` works before anything else has loaded), each widget's code and CSS as a
 * chunk of its own, fetched when the first element of that kind connects.
 */
import type { GoalLevel } from '../model';
import { defineElement, json, oneOf, text } from './define-element';

/** A Record, so the compiler notices a level the model adds (the model's enum would bring zod into the entry). */
const GOAL_LEVELS = Object.keys({ org: true, team: true, person: true } satisfies Record<GoalLevel, true>) as GoalLevel[];

export const goalsAttributes = { level: oneOf(GOAL_LEVELS), team: text, owner: text, scope: oneOf(['me', 'all'] as const), cycle: text };
export const kpiAttributes = { metric: text };
export const feedbackAttributes = { subject: text, goal: text, context: json };
export const checkInAttributes = { week: text };
export const syncStatusAttributes = {};

/**
 * Placeholder heights before an element has shown content at its width: its content with the
 * demo org's data at the 14px default (measured in Chromium at 380-770 px wide), so a first
 * view moves little and what it moves is mostly below the fold. Goals: about ten goal cards;
 * check-in: two goals. docs/embedding.md gives host pages the same heights in px, for their
 * `:not(:defined)` rules: change both together.
 */
const PLACEHOLDER_HEIGHT = { goals: '100em', kpi: '14em', feedback: '64em', checkIn: '70em', syncStatus: '2.4em' };

export const defineGoals = () =>
  defineElement('sightline-goals', { attributes: goalsAttributes, placeholderHeight: PLACEHOLDER_HEIGHT.goals, load: () => import('./goals').then((m) => m.widget) });
export const defineKpi = () =>
  defineElement('sightline-kpi', { attributes: kpiAttributes, placeholderHeight: PLACEHOLDER_HEIGHT.kpi, load: () => import('./kpi').then((m) => m.widget) });
export const defineFeedback = () =>
  defineElement('sightline-feedback', {
    attributes: feedbackAttributes,
    placeholderHeight: PLACEHOLDER_HEIGHT.feedback,
    load: () => import('./feedback').then((m) => m.widget),
  });
export const defineCheckIn = () =>
  defineElement('sightline-checkin', { attributes: checkInAttributes, placeholderHeight: PLACEHOLDER_HEIGHT.checkIn, load: () => import('./checkin').then((m) => m.widget) });
export const defineSyncStatus = () =>
  defineElement('sightline-sync-status', {
    attributes: syncStatusAttributes,
    placeholderHeight: PLACEHOLDER_HEIGHT.syncStatus,
    load: () => import('./sync-status').then((m) => m.widget),
  });
