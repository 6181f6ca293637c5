/**
 * Notices from coordinators to the units of their scope (guidance, requests for information, urging), with
 * attachments, read receipts and replies per unit; and information that units send up to the Board.
 */
package vn.lantoa.notice;
