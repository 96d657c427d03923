/** A row with a button in it is about 57.4 px tall (Sarabun, 1280 px wide). */
export const BUTTON_ROW_HEIGHT = 60;
