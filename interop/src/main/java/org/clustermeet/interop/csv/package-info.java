/**
 * Spreadsheets: organisations, participants and labels exported as CSV (RFC 4180, or the Excel
 * dialect), and organisations and registrations imported, all or nothing, with every problem named
 * by line and column.
 */
package org.clustermeet.interop.csv;
