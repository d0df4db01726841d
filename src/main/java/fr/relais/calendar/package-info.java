/** The working-time calendar that referral deadlines count on: weekdays of Europe/Paris minus French public holidays. */
package fr.relais.calendar;
