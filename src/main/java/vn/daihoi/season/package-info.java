/**
 * The congress season: the congress case of each unit and term with its state machine, the plans
 * superiors issue for the units below them, progress across the tree, and deadline notifications.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Congress season")
package vn.daihoi.season;
