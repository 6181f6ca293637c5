/**
 * The organisation tree: units, their kinds and their place in the tree, and who may see which subtree.
 */
package vn.lantoa.org;
