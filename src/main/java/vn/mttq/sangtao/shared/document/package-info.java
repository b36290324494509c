/** Writing the documents people sign and print: PDF fonts and lines shared by every generated document. */
package vn.mttq.sangtao.shared.document;
