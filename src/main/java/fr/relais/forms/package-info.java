/**
 * Camunda Forms (the JSON Camunda Modeler edits) read once at start-up, rendered server-side for Thymeleaf and
 * used to validate what users submit, so the form a process designer draws is the only definition of a step's input.
 */
package fr.relais.forms;
