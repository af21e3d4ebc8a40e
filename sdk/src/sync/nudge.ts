/** A follower tab asks the leading tab to sync now (the button in the follower's sync indicator). */

const channelName = (dbName: string) => `sightline-sync:${dbName}`;

export function nudgeLeader(dbName: string): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(channelName(dbName));
  channel.postMessage('sync');
  channel.close();
}

export function listenForNudges(dbName: string, onNudge: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(channelName(dbName));
  channel.onmessage = () => onNudge();
  return () => channel.close();
}
