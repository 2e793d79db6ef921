package org.clustermeet.server.badges;

/** How badges are placed on paper. */
public enum BadgeLayout {
    /** Eight landscape badges of 95 × 65 mm to an A4 sheet, with cutting marks in the margins. */
    A4_SHEET,
    /** One portrait badge to an A6 page (105 × 148 mm), for badge printers and A6 holders. */
    A6_PAGE
}
