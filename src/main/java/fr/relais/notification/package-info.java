/** The notification outbox: messages stored with the change that causes them, delivered afterwards. */
package fr.relais.notification;
