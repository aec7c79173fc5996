// The rules a person's input must follow; shared by the browser (for hints) and the server (which enforces them).
export const NICKNAME = /^[a-z0-9_]{3,20}$/;
export const FULL_NAME_MAX = 40;
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 200;
export const PANELS_MIN = 1;
export const PANELS_MAX = 4;
export const ELEMENTS_MAX = 12;
export const TEXT_MAX = 200;
export const COMMENT_MAX = 500;
export const PHOTO_MAX_BYTES = 1024 * 1024;
export const PHOTOS_PER_DAY = 30;
export const PHOTO_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];
export const SCENES = ['city', 'park', 'beach', 'space', 'room'];
export const PAGE_SIZE = 10;
