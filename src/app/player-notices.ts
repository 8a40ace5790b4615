/** What a player tab standing by says: another tab of this browser plays the screen. */
export const STANDBY_NOTICE =
  'Màn hình này đang được chiếu ở một thẻ khác của trình duyệt. Thẻ này tạm chờ: không chiếu, không ghi nhật ký phát, và sẽ tự chiếu khi thẻ kia được đóng lại.';

/** The lines the player shows over its frame: standing by first, then each refused URL control or clock. */
export function playerNotices(standby: boolean, refused: readonly (string | undefined)[]): string[] {
  return [standby ? STANDBY_NOTICE : undefined, ...refused].filter((notice): notice is string => notice !== undefined);
}
