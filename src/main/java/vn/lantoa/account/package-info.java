/**
 * Accounts, their roles and scopes, sign-in (form and bearer tokens), lockout and passwords.
 */
package vn.lantoa.account;
